from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("i INT, j INT").json(INPUT)
result = df.select(
    F.pmod(col("i").cast("tinyint"), col("j").cast("tinyint")).alias("p8"),
    F.pmod(col("i").cast("smallint"), col("j").cast("smallint")).alias("p16"),
    F.pmod(col("i").cast("tinyint"), col("j").cast("smallint")).alias("p8_16"),
    F.pmod(col("i").cast("tinyint"), col("j")).alias("p8_32"),
    expr("pmod(cast(i as tinyint), 3Y)").alias("lit8"),
    expr("pmod(cast(i as smallint), 7S) + 1Y").alias("plus"),
    F.pmod(col("i").cast("tinyint"), lit(2.5)).alias("p8_d"))
OUTPUT_MODE = "append"
