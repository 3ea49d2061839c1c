from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((b OR (n > id)) OR (dt IS NOT NULL))").withColumn("c1", expr("TRY_CAST(t AS BOOLEAN)")).withColumn("dt", expr("trunc(dateadd(date_add(make_date(2023, pmod(i, 12) + 1, 1), i), CASE WHEN b THEN i WHEN b THEN i WHEN (ts IS NOT NULL) THEN i END), 'MM')")).withColumn("c3", ((col("ts") == F.date_trunc("yyyy", (col("ts") - expr("INTERVAL -3 DAYS")))) | (col("i") != col("m")))).withColumn("m", expr("((m / nullif(m, 0)) * TRY_CAST(t AS DECIMAL(6,3)))")).withColumn("c5", expr("((3.75D * n) IS NULL)"))
OUTPUT_MODE = "append"
