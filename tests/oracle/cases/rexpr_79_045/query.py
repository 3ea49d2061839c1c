from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((NOT (d = 2.0D)) OR (b IS NOT TRUE))").select("id", (col("i") / F.nullif((F.locate("o", col("s"), 5) - col("i")), lit(0))).alias("c1"), F.nvl2(F.next_day(col("dt"), "fri"), col("dt"), F.to_date(lit("2024-02-29"))).alias("c2"), (col("b") + lit(1)).alias("c3"), F.try_element_at(F.split(F.nullif(col("s"), lit("日本")), ","), lit(3)).alias("c4"), (F.array_join(F.split(col("s"), " "), "/") > col("s")).alias("c5"), expr("trunc(dt, 'YEAR')")).filter("(c1 < 2.0D)")
OUTPUT_MODE = "append"
