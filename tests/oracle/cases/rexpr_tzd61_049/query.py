spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("CAST(DATE'2023-12-31' AS TIMESTAMP)").alias("c1"), (col("t") == col("s")).alias("c2"), expr("date_from_unix_date((i - (- i)))").alias("c3"), expr("ascii(CASE WHEN (j < -1) THEN s WHEN b THEN s WHEN b THEN s ELSE s END) AS c4")).filter((col("t").rlike("[0-9]+") | (col("j") != lit(10))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
