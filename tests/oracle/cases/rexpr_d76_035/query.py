from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(('Hello' = s), true)").withColumn("c1", expr("date_from_unix_date(0)")).withColumn("c2", F.when(col("i").between(lit(0), lit(3)), F.greatest(col("s"), col("t"), F.substring(col("t"), 0, 0))).when((col("ts") == col("dt")), F.lower(F.when(col("b"), col("t")).when(col("ts").isNotNull(), col("s")).otherwise(col("s")))).otherwise(F.concat_ws("|", col("i").cast("string"), F.regexp_replace(col("t"), " +", "_"), col("t")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
