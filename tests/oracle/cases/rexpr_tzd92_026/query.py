spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(b OR (b IS NOT NULL))").withColumn("m", F.ceil(col("m"), -1)).withColumn("c2", F.get(F.split(col("ts").cast("string"), "-"), 1).like("_")).withColumn("c3", expr("nullif(dateadd(date_add(dt, i), i), DATE'2000-01-01')")).withColumn("c4", F.when((col("m") == expr("0.001")), expr("99.99")).when(F.nvl2(col("j"), (col("m") != lit(99.99).cast("decimal(4,2)")), lit(False)), lit(100.0).try_cast("decimal(6,3)")).when((col("t") != lit("o")), col("m")).otherwise(lit(1.25).cast("decimal(3,2)"))).withColumn("c5", expr("levenshtein(concat(s, CAST(dt AS STRING), t), t)")).drop("i", "j", "d", "n", "t", "dt").where("(CASE WHEN CASE WHEN b THEN b WHEN (c3 = to_date('2024-02-29')) THEN (c3 < to_date('2023-12-31')) WHEN c2 THEN c2 END THEN regexp_like('42', '[0-9]+') END OR (c5 = 10))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY b ASC NULLS FIRST, id"]
