spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, k BIGINT, t STRING, dt DATE, i INT, n DECIMAL(5,3), m DECIMAL(7,0), d DOUBLE, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.withColumn("d", expr("CAST(i AS DOUBLE)")).withColumn("c2", F.endswith(F.replace(col("s"), lit("a"), lit("")), lit("H"))).withColumn("c3", expr("size(split(s, ','))")).filter("(regexp_like(t, '[aeiou]{2}') OR (d < 0.1D))")
OUTPUT_MODE = "append"
