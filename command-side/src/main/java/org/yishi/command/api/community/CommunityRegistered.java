package org.yishi.command.api.community;

public record CommunityRegistered(CommunityId communityId, String name, String street, String district,
                                  String registeredBy) {
}
