spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("((i + i) + -1)"), F.when(lit("x-y").startswith(" "), (col("i") - col("id"))).otherwise(F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3)))).alias("c2"), (F.when(col("b"), col("n")).when(col("j").isNotNull(), col("m")).when(col("b"), col("m")).otherwise(col("n")) * (col("m") + lit(10))).alias("c3"), expr("(i + 10)"))
OUTPUT_MODE = "append"
