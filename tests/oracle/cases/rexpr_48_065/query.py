from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, n DECIMAL(5,3), d DOUBLE, k BIGINT, t STRING, m DECIMAL(7,0), s STRING, dt DATE, b BOOLEAN, f FLOAT, ts TIMESTAMP, j INT").json(INPUT)
result = df.where((~F.coalesce(F.upper(col("s")).rlike("^$"), lit(False)))).select("id", "j", expr("(least(i, i) + year(date_trunc('SECOND', CAST(dt AS TIMESTAMP)))) AS c1"), expr("(0.001 / nullif(i, 0))").alias("c2"))
OUTPUT_MODE = "append"
