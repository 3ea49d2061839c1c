from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.lower(expr("concat(space(0), s)")).alias("c1"), expr("concat(t, s)").alias("c2")).where((col("dt") < F.to_date(lit("2000-01-01"))))
OUTPUT_MODE = "append"
