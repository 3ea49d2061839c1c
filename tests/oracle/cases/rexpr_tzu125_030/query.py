spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("i") < lit(-1)) | (col("k") <= lit(-2).cast("bigint")))).withColumn("c1", expr("array_intersect(array(i, i, NULL, 1), array(1, NULL, i))")).withColumn("c2", expr("slice(array(position(translate(t, ' ', '_'), CAST(id AS STRING), 2), int(power(int(power(i % 4, 2)) % 4, 2)), 3, 4), -5, 2)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
