df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.md5("s"), F.sha1("s"), F.sha("s"), F.sha2("s", 256), F.sha2("s", 0), F.sha2("s", 384), F.expr("sha2(s, 1)").alias("h1"),
                   F.crc32("s"), F.base64("s"), F.unbase64(F.base64("s")), F.bin("n"), F.factorial("n"), F.pmod("n", F.lit(3)),
                   F.pmod(F.lit(-7), "p"), F.pmod("x", F.lit(2.5)), F.rint("x"), F.pi(), F.e(), F.negate("n"),
                   F.expr("sha2(s, 512)").alias("h512"), F.expr("bin(-1)").alias("b1"))
OUTPUT_MODE = "append"
