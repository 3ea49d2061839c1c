spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(add_months(dt, i) IS NOT NULL)")).withColumn("c2", col("ts")).withColumn("c3", expr("greatest(i, dayofweek(DATE'2023-12-31'))")).withColumn("c4", expr("repeat(nullif(s, 'o'), 2)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
