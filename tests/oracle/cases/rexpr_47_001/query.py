from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("to_date(least(ts, ts, ts))")).withColumn("c2", expr("nullif(d, 0.5D)")).withColumn("s", expr("coalesce('abc', concat_ws(', ', t, right(nullif(t, '日本'), 0), t), CAST(NULL AS STRING))")).withColumn("c4", expr("(NOT b)")).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
