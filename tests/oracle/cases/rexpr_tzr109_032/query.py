spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(b OR (t IS NULL))").selectExpr("id", "vector_normalize(array(3.0F, CAST(xpath_short('<a><b>7</b><b>' || getbit(abs(month(ts)) % 100, 0) || '</b></a>', 'sum(a/b)') AS FLOAT)), 2.0F) AS c1", "dateadd(CASE WHEN (m <= 99.99) THEN dt WHEN b THEN dt ELSE dt END, i) AS c2").where("(is_valid_utf8(unhex('C328')) OR (f IS NULL))")
OUTPUT_MODE = "append"
