spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(b OR (dt IS NULL))").withColumn("c1", F.typeof(col("n"))).withColumn("c2", F.nvl2(F.date_sub(col("dt"), lit(-1)), col("b"), lit(True))).withColumn("c3", F.last_day(F.least(F.to_date(lit("2000-01-01")), col("dt")))).withColumn("c4", expr("map_entries(map(position(schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}'), get(split('', '  *'), 1), 2), s))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
