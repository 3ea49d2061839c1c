from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("greatest(if(b, 86400L, id), (-2L - id))")).withColumn("c2", F.date_add(col("dt"), lit(3)))
OUTPUT_MODE = "append"
