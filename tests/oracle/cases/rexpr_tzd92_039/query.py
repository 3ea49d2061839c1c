spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, m DECIMAL(12,4), k BIGINT, b BOOLEAN, dt DATE, d DOUBLE, t STRING, s STRING, n DECIMAL(20,0)").load(INPUT)
result = df.selectExpr("id", "b", "(n * nullif(m, 0.001)) AS c1", "(0.1D * if(b, n, n)) AS c2", "coalesce((NOT isnan(d)), true) AS c3").filter(((col("i") < lit(1)) | (col("n") > lit(.001).cast("decimal(4,3)"))))
OUTPUT_MODE = "append"
