spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, k BIGINT, i INT, m DECIMAL(7,0), dt DATE, n DECIMAL(5,3), ts TIMESTAMP, s STRING, d DOUBLE").load(INPUT)
result = df.select("id", expr("(CASE WHEN (dt <> to_date('2000-01-01')) THEN n WHEN true THEN n WHEN (m > 99.99) THEN m ELSE n END + n)").alias("c1"), ((col("i") >= lit(3)) | (col("s") >= lit("42"))).alias("c2"), expr("(id - ascii(s)) AS c3")).where("(isnan(CAST(NULL AS DOUBLE)) OR (f >= 100.0D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
