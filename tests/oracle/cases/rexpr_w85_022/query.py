from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, d DOUBLE, f FLOAT, i INT, s STRING, n DECIMAL(5,3), dt DATE, m DECIMAL(12,4), ts TIMESTAMP, t STRING").load(INPUT)
result = df.filter((col("n") < lit(100).cast("decimal(3,0)"))).selectExpr("id", "format_number(sqrt(sqrt(d)), 3) AS c1", "CASE WHEN (i BETWEEN 1 AND 0) THEN dt END", "make_date(year(dt), 2, 30) AS c3").filter("coalesce((dt = ts), true)")
OUTPUT_MODE = "append"
