spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("i") > lit(10))).withColumn("c1", F.sec(F.power(col("d"), lit(2)))).withColumn("c2", expr("date_diff(nvl2(schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}'), DATE'2024-02-29', DATE'2024-02-29'), CASE WHEN (ts IS NULL) THEN dt WHEN b THEN dt WHEN (d >= 0.001D) THEN dt ELSE sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] END)")).withColumn("c3", expr("array_insert(array(i), 0, 1)")).withColumn("b", F.repeat(col("s"), 0).contains("")).withColumn("c5", expr("named_struct('x', i, 'y', array(t))"))
OUTPUT_MODE = "append"
