spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, ts TIMESTAMP, j INT, m DECIMAL(10,2), i INT, t STRING, s STRING, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "(d * d) AS c1", "CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END AS c2").filter(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
