from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, d DOUBLE, t DATE, b STRING").load(INPUT)
result = df.select("id", F.to_char("d", F.lit("99.99")), F.to_char("t", F.lit("yyyy/MM")), F.to_char(F.col("b").cast("binary"), F.lit("hex")),
    F.to_char(F.col("b").cast("binary"), F.lit("base64")).alias("b64"), F.to_varchar(F.col("b").cast("binary"), F.lit("utf-8")).alias("u8"))
OUTPUT_MODE = "append"
