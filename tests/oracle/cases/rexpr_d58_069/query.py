from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("d") == lit(-1.5))).select("id", expr("signum(i)").alias("c1"), expr("concat(CAST(trunc(dt, 'WEEK') AS STRING), CAST((m * m) AS STRING), s)").alias("c2"), F.try_add(col("i"), col("i")).alias("c3")).where("coalesce(b, true)")
OUTPUT_MODE = "append"
