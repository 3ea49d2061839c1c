spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), b BOOLEAN, j INT, ts TIMESTAMP, n DECIMAL(5,3), s STRING, i INT, d DOUBLE, dt DATE").json(INPUT)
result = df.withColumn("c1", expr("(((n + n) * shiftleft(i, 2)) IS NOT NULL)")).withColumn("c2", expr("replace(CAST((CASE WHEN b THEN dt WHEN (i <> 10) THEN dt END - date_trunc('MINUTE', ts)) AS STRING), ' ', '')")).withColumn("c3", expr("ltrim(sha2(s, 256))")).withColumn("c4", expr("CASE WHEN (if(b, j, 3) IS NOT NULL) THEN next_day(CASE WHEN (s > '') THEN dt ELSE dt END, 'fri') WHEN (s ILIKE '%e') THEN dt WHEN isnan(d) THEN dt END")).withColumn("c5", expr("(CASE WHEN (j IS NOT NULL) THEN id WHEN b THEN id END + -2L)"))
OUTPUT_MODE = "append"
