from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.datediff(F.timestamp_millis(col("i")), F.add_months(col("dt"), col("i"))) * (col("id") / F.nullif(col("d"), lit(0))))).withColumn("c2", F.greatest(col("dt"), F.try_to_date(col("s")))).select("id", "c1", "c2").where("((ts IS NULL) OR (d <= 0.1D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
