from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT").json(INPUT)
result = df.selectExpr("id", "-(12345678901234567890123456789.123456789)", "-12345678901234567890123456789.123456789 AS b", "-(1234567890123456789012345678901234.5678) AS c", "-(2)", "-(2.5D)", "-(1.5) + id", "- (- 3)")
OUTPUT_MODE = "append"
