df = spark.readStream.format("json").schema("s STRING, x STRING, n BIGINT").load(INPUT)

from pyspark.sql import functions as F
key = F.lit("abcdefghijklmnop")
result = df.select(F.length(F.aes_encrypt("s", key)), F.aes_decrypt(F.aes_encrypt("s", key, F.lit("ECB")), key, F.lit("ECB")),
                   F.try_aes_decrypt(F.aes_encrypt("s", key, F.lit("CBC"), F.lit("PKCS")), key, F.lit("CBC")),
                   F.xpath_int("x", F.lit("a/b")), F.xpath("x", F.lit("a/b/text()")), F.xpath_string("x", F.lit("a")),
                   F.collate("s", "utf8_binary"), F.to_base32("s"), F.jaro_winkler_similarity("s", F.lit("spark")),
                   F.bitmap_count(F.unhex(F.lit("0F"))), F.make_ym_interval(F.lit(1), F.lit(2)).cast("string"),
                   F.schema_of_json(F.lit('[1, "a"]')), F.vector_normalize(F.array(F.lit(3.0).cast("float"), F.lit(4.0).cast("float"))))
OUTPUT_MODE = "append"
