from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("b"), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")).when(col("m").isNull(), F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).when(col("t").isNotNull(), col("ts")).alias("c1"), expr("greatest(dt, to_date(ts), dt)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
