spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(contains(ltrim(s), 'o'), true)").selectExpr("id", "CASE WHEN b THEN coalesce(to_date(ts), to_date('2023-12-31')) WHEN (i IS NOT NULL) THEN dt WHEN b THEN dt ELSE to_date('2025-03-01') END AS c1", "(m IS NULL)")
OUTPUT_MODE = "append"
