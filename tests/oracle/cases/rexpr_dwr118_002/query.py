from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("add_months(dt, i)")).withColumn("c2", expr("CAST(j AS DOUBLE)")).withColumn("c3", expr("flatten(array(array(s), CAST(NULL AS ARRAY<STRING>)))"))
OUTPUT_MODE = "append"
