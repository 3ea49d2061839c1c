from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, s STRING, m DECIMAL(10,2), j INT, t STRING, ts TIMESTAMP, f FLOAT, i INT, dt DATE, n DECIMAL(5,3)").load(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).select("id", (col("i") + F.size(F.split(col("s"), "[aeiou]"))).alias("c1"), expr("to_timestamp(date_format(nullif((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL 1 MONTH), TIMESTAMP'1999-12-31 23:59:59.999'), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c2"))
OUTPUT_MODE = "append"
