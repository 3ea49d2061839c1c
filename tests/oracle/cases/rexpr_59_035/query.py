from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((~col("i").cast("boolean")), lit(False)))).selectExpr("CASE WHEN (-3.10 > 0.5) THEN dt ELSE dt END AS c1", "weekday(dt)")
OUTPUT_MODE = "append"
