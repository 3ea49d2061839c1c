from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("ts") - expr("INTERVAL -3 DAYS")), (((col("i").cast("timestamp") - expr("INTERVAL '1-2' YEAR TO MONTH")) - expr("INTERVAL '1-2' YEAR TO MONTH")) - expr("INTERVAL -3 DAYS")).alias("c2"), ((col("i") - col("m")) / expr("10.5")).isin(expr("0.001"), expr("99.99")).alias("c3"), (lit(10) + (-col("i"))).cast("timestamp").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c4 FROM rexpr_q ORDER BY id DESC"]
