spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((power(-2, i % 7) BETWEEN 0.5D AND 0.5D) IS NULL) OR (j <= -1))").withColumn("c1", F.sequence(F.trunc(F.next_day(col("dt"), "Mon"), "YEAR"), F.date_add(F.trunc(F.next_day(col("dt"), "Mon"), "YEAR"), 2))).withColumn("c2", expr("d")).withColumn("c3", expr("(- m)")).withColumn("c4", expr("element_at(array_sort(array(CAST(NULL AS DATE), dt, DATE'2024-02-29')), 1)")).select("id", "c1", "c2", "c3", "c4").where("(NOT coalesce((c2 <> 100.0D), false))")
OUTPUT_MODE = "append"
