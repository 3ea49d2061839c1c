from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, k BIGINT, i INT, s STRING, t STRING, m DECIMAL(10,2), n DECIMAL(5,3)").json(INPUT)
result = df.select("id", expr("hour(if(isnan(d), ts, ts))").alias("c1"), expr("CAST(ts AS BIGINT) AS c2"), F.add_months(F.to_date(lit("2000-01-01")), col("i")).alias("c3"), lit("abc").try_cast("double").alias("c4"), expr("try_to_timestamp(s)").alias("c5"))
OUTPUT_MODE = "append"
