spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((~F.coalesce(col("b"), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT (s LIKE '%o%') AS k1, count(bround(d, -1)) AS a1, max(s) AS a2, count_if((0 IS NULL)) AS a3, count_if(((i > -1) OR (dt IS NOT NULL))) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
