from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", expr("(2 * if(nvl(b, CAST(NULL AS BOOLEAN)), 3, 5))")).withColumn("c2", F.dayofweek(col("dt"))).withColumn("dt", F.last_day(F.add_months(F.trunc(col("dt"), "yy"), lit(10)))).drop("m", "s", "b")
OUTPUT_MODE = "append"
