from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(array_contains(split(repeat(string(ts), -1), ','), ''), true)").withColumn("c1", (F.round(F.round(col("m"), 1), 0) - col("i").cast("decimal(20,0)"))).withColumn("c2", F.to_date(F.date_format(F.trunc(F.last_day(col("dt")), "YEAR"), "yyyy-MM-dd"), "yyyy-MM-dd"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, s FROM rexpr_q ORDER BY d ASC NULLS LAST, id DESC"]
