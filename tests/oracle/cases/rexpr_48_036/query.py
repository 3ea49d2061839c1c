from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, n DECIMAL(5,3), s STRING, b BOOLEAN, ts TIMESTAMP, j INT, d DOUBLE, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", expr("(d / -4.0D) AS c1"), expr("add_months(dt, abs(i))").alias("c2"), expr("greatest(i, i, minute(ts))")).filter("(CASE WHEN (id > 3L) THEN (id IS NOT NULL) ELSE (c1 IS NOT NULL) END OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
