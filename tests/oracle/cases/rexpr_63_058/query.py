from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", expr("(dayofmonth(date_trunc('WEEK', TIMESTAMP'1999-12-31 23:59:59.999')) + CASE WHEN b THEN i WHEN (ts IS NOT NULL) THEN i WHEN b THEN 5 ELSE i END)").alias("c1"), expr("(i / nullif(ifnull(i, 2), 0))").alias("c2"), F.bround(F.sign(col("m")), -1), expr("TRY_CAST(3.75D AS BIGINT) AS c4"), expr("nullif(CAST((i < 5) AS DOUBLE), 3.75D)").alias("c5"))
OUTPUT_MODE = "append"
