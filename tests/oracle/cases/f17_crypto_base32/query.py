df = spark.readStream.format("json").schema("s STRING, k STRING").load(INPUT)

from pyspark.sql import functions as F
key = F.lit("abcdefghijklmnop")
result = df.select("s", F.to_base32("s"), F.from_base32(F.to_base32("s")).cast("string").alias("rt"), F.from_base32("s").cast("string").alias("fb"), F.hmac("k", "s", F.lit("sha-1")).alias("h1"),
                   F.expr("from_base32('MZXW6YTBOI')").cast("string").alias("nopad"),
                   F.hmac("k", "s"), F.hmac("k", "s", F.lit("SHA512")).alias("h512"), F.hmac(F.lit("key"), "s", F.lit("MD5")).alias("hmd5"),
                   F.jaro_winkler_similarity("s", "k"),
                   F.base64(F.aes_encrypt("s", key, F.lit("ECB"))).alias("ecb"),
                   F.base64(F.aes_encrypt("s", key, F.lit("GCM"), F.lit("DEFAULT"), F.unhex(F.lit("000000000000000000000000")))).alias("gcm_iv"),
                   F.base64(F.aes_encrypt("s", key, F.lit("CBC"), F.lit("PKCS"), F.unhex(F.lit("00000000000000000000000000000000")))).alias("cbc_iv"),
                   F.base64(F.aes_encrypt("s", key, F.lit("GCM"), F.lit("DEFAULT"), F.unhex(F.lit("000000000000000000000000")), F.lit("aad"))).alias("gcm_aad"),
                   F.aes_decrypt(F.aes_encrypt("s", key), key).cast("string").alias("rt_gcm"),
                   F.aes_decrypt(F.aes_encrypt("s", F.lit("abcdefghijklmnopqrstuvwx"), F.lit("CBC")), F.lit("abcdefghijklmnopqrstuvwx"), F.lit("CBC")).cast("string").alias("rt_cbc"),
                   F.aes_decrypt(F.aes_encrypt("s", F.lit("abcdefghijklmnopqrstuvwxyz012345"), F.lit("ECB")), F.lit("abcdefghijklmnopqrstuvwxyz012345"), F.lit("ECB")).cast("string").alias("rt_ecb"),
                   F.try_aes_decrypt(F.unhex(F.lit("00112233")), key).alias("bad"),
                   F.try_aes_decrypt(F.aes_encrypt("s", key), F.lit("0000000000000000")).alias("wrongkey"))
OUTPUT_MODE = "append"
