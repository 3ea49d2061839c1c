spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("array_union(array((2.0D - m), CAST('NaN' AS DOUBLE), vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c1"), expr("last_day(dt)").alias("c2")).where("(id > 1L)")
OUTPUT_MODE = "append"
