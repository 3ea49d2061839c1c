from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("id") % F.nullif(F.ascii(col("s")), lit(0)))).withColumn("c2", expr("(f - f)")).withColumn("c3", expr("md5(t)")).withColumn("j", F.weekofyear(F.trunc(F.add_months(col("dt"), lit(0)), "WEEK"))).withColumn("c5", expr("CASE WHEN false THEN size(split(c3, '  *')) WHEN (s > 'é') THEN j WHEN isnull(true) THEN nullif(i, 2) ELSE -4 END"))
OUTPUT_MODE = "append"
