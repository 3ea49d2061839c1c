spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("array_contains(split(elt(1, array_join(split(replace(s, 'a', ''), '-'), ''), string(CASE WHEN (s IS NOT NULL) THEN dt END)), ','), 'o')")).withColumn("c2", col("ts").cast("bigint")).withColumn("c3", expr("radians(CAST(((- 10) ^ -1) AS INT))")).withColumn("c4", (lit(-1) * F.ascii(col("s")))).withColumn("s", F.array_join(F.transform(F.split(F.initcap(F.lpad(col("t"), 8, "é")), " "), lambda x: F.reverse(x)), "-"))
OUTPUT_MODE = "append"
