from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, dt DATE, d DOUBLE, t STRING, s STRING, m DECIMAL(7,0), b BOOLEAN, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("b") > lit(False)), expr("nvl((s >= 'Hello'), true)").alias("c2"), expr("nullif((- i), 1)").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
