from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i = 10)").groupBy(expr("(i - i) AS k1")).agg(expr("datediff(max(to_date(date_format(CASE WHEN b THEN dt WHEN b THEN dt WHEN (d >= CAST('NaN' AS DOUBLE)) THEN dt ELSE dt END, 'yyyy-MM-dd'), 'yyyy-MM-dd')), min(to_date(date_format(CASE WHEN b THEN dt WHEN b THEN dt WHEN (d >= CAST('NaN' AS DOUBLE)) THEN dt ELSE dt END, 'yyyy-MM-dd'), 'yyyy-MM-dd'))) AS a1"), expr("min(s) AS a2"), F.round(F.avg(((col("i") % F.nullif(col("i"), lit(0))) * col("m"))), 3).alias("a3"))
OUTPUT_MODE = "update"
