from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, j INT, ts TIMESTAMP, t STRING, i INT, s STRING, k BIGINT, b BOOLEAN, m DECIMAL(38,10)").json(INPUT)
result = df.select("id", F.to_timestamp(col("s")).alias("c1"), expr("TRY_CAST((id / nullif(j, 0)) AS DECIMAL(10,4))"), F.add_months(col("dt"), col("i")).alias("c3"))
OUTPUT_MODE = "append"
