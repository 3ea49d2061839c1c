spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, n DECIMAL(9,5), dt DATE, b BOOLEAN, i INT, j INT, s STRING, ts TIMESTAMP, m DECIMAL(7,0)").load(INPUT)
result = df.withColumn("c1", expr("if(b, CAST(CASE WHEN b THEN dt END AS TIMESTAMP), CASE WHEN (m <= d) THEN ts WHEN (dt IS NOT NULL) THEN ts WHEN ((i <= 10) <=> b) THEN greatest(ts, TIMESTAMP'2024-02-29 00:00:00', ts) ELSE ts END)")).withColumn("s", F.split_part(F.array_join(F.transform(F.split(F.repeat(col("s"), -1), " "), lambda x: F.reverse(x)), "-"), lit("-"), lit(3))).withColumn("c3", expr("m")).drop("n", "dt", "b", "j", "m").filter(((col("n") * col("n")).between(expr("0.001"), lit(.001).cast("decimal(4,3)")) | (col("m") == expr("99.99"))))
OUTPUT_MODE = "append"
