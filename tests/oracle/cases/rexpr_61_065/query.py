from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((i + i) != 0)").alias("c1"), F.last_day(col("dt")).alias("c2"), F.sqrt(F.month(col("ts"))).alias("c3"), expr("(dt >= to_date('2000-01-01')) AS c4"))
OUTPUT_MODE = "append"
