spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("size(split(concat_ws('|', s, CASE WHEN (m >= 99.99) THEN '42' WHEN false THEN s WHEN (n <= -3.10) THEN s ELSE s END, s), '  *'))")).withColumn("c2", F.upper(lit("2024-02-29"))).withColumn("c3", F.trim(F.format_number(col("id"), 0)).endswith("o")).withColumn("c4", expr("CAST((0 * i) AS BOOLEAN)")).drop("d", "f", "s", "dt")
OUTPUT_MODE = "append"
